import { graphql } from '@/generated/graphql';

/** A port's freshness objective with what the chart, the budget and the status need, over 7 and 28 days. */
export const portObjectiveFields = graphql(`
  fragment PortObjectiveFields on OutputPort {
    freshnessObjective {
      id
      enabled
      status
      statusSince
      stalenessSeconds
      lastDataAt
      lastCheckedAt
      lastErrorCode
      lastErrorMessage
      warnAfterSeconds
      errorAfterSeconds
      targetPercent
      windowDays
      intervalSeconds
      check {
        kind
      }
      week: budget(days: 7) {
        ...FreshnessBudgetFields
      }
      month: budget(days: 28) {
        ...FreshnessBudgetFields
      }
      weekTimeline: timeline(days: 7) {
        from
        to
        status
      }
      monthTimeline: timeline(days: 28) {
        from
        to
        status
      }
      history(first: 100) {
        nodes {
          startedAt
          endedAt
          lastCheckedAt
          lastDataAt
          status
        }
      }
    }
  }

  fragment FreshnessBudgetFields on FreshnessBudget {
    days
    targetPercent
    sharePercent
    budgetRemainingPercent
    budgetRemainingSeconds
    allowedBadSeconds
    badSeconds
    burnRate
    unknownSeconds
  }
`);
