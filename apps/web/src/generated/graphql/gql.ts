/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  mutation RequestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      subscription {\n        id\n        status\n        consumerTeam {\n          name\n        }\n      }\n    }\n  }\n': typeof types.RequestAccessDocument;
  '\n  mutation ApproveSubscription($input: ApproveSubscriptionInput!) {\n    approveSubscription(input: $input) {\n      subscription {\n        id\n        status\n        expiresAt\n      }\n    }\n  }\n': typeof types.ApproveSubscriptionDocument;
  '\n  mutation RejectSubscription($input: RejectSubscriptionInput!) {\n    rejectSubscription(input: $input) {\n      subscription {\n        id\n        status\n      }\n    }\n  }\n': typeof types.RejectSubscriptionDocument;
  '\n  mutation RevokeSubscription($input: RevokeSubscriptionInput!) {\n    revokeSubscription(input: $input) {\n      subscription {\n        id\n        status\n      }\n    }\n  }\n': typeof types.RevokeSubscriptionDocument;
  '\n  mutation RequestSubscriptionRenewal($input: RequestSubscriptionRenewalInput!) {\n    requestSubscriptionRenewal(input: $input) {\n      subscription {\n        id\n        status\n        expiresAt\n        renewalRequestedAt\n      }\n    }\n  }\n': typeof types.RequestSubscriptionRenewalDocument;
  '\n  mutation AcknowledgeIncident($input: AcknowledgeIncidentInput!) {\n    acknowledgeIncident(input: $input) {\n      incident {\n        id\n        status\n      }\n    }\n  }\n': typeof types.AcknowledgeIncidentDocument;
  '\n  query MySubscriptions {\n    mySubscriptions(first: 50) {\n      totalCount\n      nodes {\n        id\n        status\n        purpose\n        requestedAt\n        decidedAt\n        decisionReason\n        expiresAt\n        endedAt\n        endReason\n        renewalRequestedAt\n        renewalDays\n        consumerTeam {\n          slug\n          name\n        }\n        product {\n          slug\n          name\n        }\n        port {\n          name\n        }\n        grants {\n          id\n          status\n          lastError\n          lastErrorCode\n        }\n      }\n    }\n  }\n': typeof types.MySubscriptionsDocument;
  '\n  fragment PortSubscriberFields on OutputPort {\n    subscriptions(statuses: [APPROVED], first: 20) {\n      totalCount\n      nodes {\n        id\n        expiresAt\n        decidedAt\n        consumerTeam {\n          slug\n          name\n        }\n        grants {\n          status\n        }\n      }\n    }\n  }\n': typeof types.PortSubscriberFieldsFragmentDoc;
  '\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        email\n      }\n    }\n  }\n': typeof types.AdminCreateUserDocument;
  '\n  mutation AdminCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team {\n        slug\n        name\n      }\n    }\n  }\n': typeof types.AdminCreateTeamDocument;
  '\n  mutation AdminCreateDomain($input: CreateDomainInput!) {\n    createDomain(input: $input) {\n      domain {\n        slug\n        name\n      }\n    }\n  }\n': typeof types.AdminCreateDomainDocument;
  '\n  query AdminOverview($usersFirst: Int, $usersAfter: String, $usersLast: Int, $usersBefore: String) {\n    users(first: $usersFirst, after: $usersAfter, last: $usersLast, before: $usersBefore) {\n      totalCount\n      nodes {\n        id\n        email\n        displayName\n        isPlatformAdmin\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n    teams(first: 100) {\n      totalCount\n      nodes {\n        id\n        slug\n        name\n        members {\n          role\n        }\n      }\n    }\n    domains(first: 100) {\n      totalCount\n      nodes {\n        id\n        slug\n        name\n        team {\n          slug\n          name\n        }\n      }\n    }\n  }\n': typeof types.AdminOverviewDocument;
  '\n  fragment ProductCardFields on DataProduct {\n    id\n    slug\n    name\n    status\n    classification\n    tags\n    purpose\n    team {\n      slug\n      name\n    }\n    domain {\n      slug\n      name\n    }\n    outputPorts {\n      freshnessObjective {\n        status\n      }\n    }\n  }\n': typeof types.ProductCardFieldsFragmentDoc;
  '\n  mutation RegisterKafkaCluster($input: RegisterKafkaClusterInput!) {\n    registerKafkaCluster(input: $input) {\n      kafkaCluster {\n        id\n        name\n      }\n    }\n  }\n': typeof types.RegisterKafkaClusterDocument;
  '\n  mutation RegisterSchemaRegistry($input: RegisterSchemaRegistryInput!) {\n    registerSchemaRegistry(input: $input) {\n      schemaRegistry {\n        id\n        name\n      }\n    }\n  }\n': typeof types.RegisterSchemaRegistryDocument;
  '\n  mutation RegisterPostgresDatabase($input: RegisterPostgresDatabaseInput!) {\n    registerPostgresDatabase(input: $input) {\n      postgresDatabase {\n        id\n        name\n      }\n    }\n  }\n': typeof types.RegisterPostgresDatabaseDocument;
  '\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      ok\n      message\n      checks {\n        step\n        ok\n        message\n      }\n    }\n  }\n': typeof types.TestConnectionDocument;
  '\n  mutation RemoveConnection($input: RemoveConnectionInput!) {\n    removeConnection(input: $input) {\n      removedConnectionId\n    }\n  }\n': typeof types.RemoveConnectionDocument;
  '\n  query PlatformConnections {\n    connections(first: 100) {\n      totalCount\n      nodes {\n        id\n        kind\n        name\n        description\n        secretsReadable\n        updatedAt\n        ... on KafkaCluster {\n          brokers\n          ssl\n          sasl {\n            mechanism\n            username\n            hasPassword\n          }\n          registry {\n            name\n          }\n        }\n        ... on SchemaRegistry {\n          url\n          username\n          hasPassword\n        }\n        ... on PostgresDatabase {\n          host\n          port\n          database\n          postgresSsl: ssl\n          readOnlyUser\n          hasReadOnlyPassword\n          provisioningUser\n          hasProvisioningPassword\n        }\n      }\n    }\n  }\n': typeof types.PlatformConnectionsDocument;
  '\n  fragment PortContractFields on OutputPort {\n    contract {\n      contractId\n      apiVersion\n      version\n      status\n      name\n      importedAt\n      slaProperties {\n        property\n        value\n        valueExt\n        unit\n        element\n        driver\n        description\n      }\n      qualityRules {\n        name\n        description\n        type\n        dimension\n        metric\n        severity\n        element\n        rule\n      }\n      terms {\n        purpose\n        usage\n        limitations\n        billing\n        noticePeriod\n      }\n      support {\n        channel\n        url\n        tool\n        scope\n        description\n      }\n    }\n  }\n': typeof types.PortContractFieldsFragmentDoc;
  '\n  query ProductPortIds($slug: String!) {\n    dataProduct(slug: $slug) {\n      outputPorts {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ProductPortIdsDocument;
  '\n  query ExportDataContract($portId: ID!) {\n    exportDataContract(portId: $portId, format: YAML)\n  }\n': typeof types.ExportDataContractDocument;
  '\n  fragment IncidentFields on Incident {\n    id\n    kind\n    status\n    openedAt\n    acknowledgedAt\n    acknowledgeNote\n    recoveringSince\n    resolvedAt\n    reminderCount\n    acknowledgedBy {\n      displayName\n    }\n    outputPort {\n      id\n      name\n    }\n    dataProduct {\n      slug\n      name\n    }\n  }\n': typeof types.IncidentFieldsFragmentDoc;
  '\n  fragment PortObjectiveFields on OutputPort {\n    freshnessObjective {\n      id\n      enabled\n      status\n      statusSince\n      stalenessSeconds\n      lastDataAt\n      lastCheckedAt\n      lastErrorCode\n      lastErrorMessage\n      warnAfterSeconds\n      errorAfterSeconds\n      targetPercent\n      windowDays\n      intervalSeconds\n      check {\n        kind\n      }\n      week: budget(days: 7) {\n        ...FreshnessBudgetFields\n      }\n      month: budget(days: 28) {\n        ...FreshnessBudgetFields\n      }\n      weekTimeline: timeline(days: 7) {\n        from\n        to\n        status\n      }\n      monthTimeline: timeline(days: 28) {\n        from\n        to\n        status\n      }\n      history(first: 100) {\n        nodes {\n          startedAt\n          endedAt\n          lastCheckedAt\n          lastDataAt\n          status\n        }\n      }\n    }\n  }\n\n  fragment FreshnessBudgetFields on FreshnessBudget {\n    days\n    targetPercent\n    sharePercent\n    budgetRemainingPercent\n    budgetRemainingSeconds\n    allowedBadSeconds\n    badSeconds\n    burnRate\n    unknownSeconds\n  }\n': typeof types.PortObjectiveFieldsFragmentDoc;
  '\n  query TeamInbox($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      slug\n      name\n      accessRequests(first: 30) {\n        totalCount\n        nodes {\n          id\n          status\n          purpose\n          durationDays\n          requestedAt\n          renewalRequestedAt\n          renewalDays\n          expiresAt\n          requestedBy {\n            displayName\n          }\n          consumerTeam {\n            slug\n            name\n          }\n          product {\n            slug\n            name\n          }\n          port {\n            name\n          }\n        }\n      }\n      openIncidents(first: 20) {\n        totalCount\n        nodes {\n          ...IncidentFields\n        }\n      }\n      products(first: 20) {\n        nodes {\n          slug\n          name\n          outputPorts {\n            name\n            subscriptions(statuses: [APPROVED], first: 10) {\n              nodes {\n                id\n                consumerTeam {\n                  slug\n                  name\n                }\n                grants {\n                  id\n                  status\n                  attempts\n                  lastError\n                  lastErrorCode\n                  lastAttemptAt\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.TeamInboxDocument;
  '\n  fragment NotificationChannelFields on NotificationChannel {\n    id\n    name\n    kind\n    url\n    recipients\n    enabled\n    disabledReason\n    signingSecretCreatedAt\n    previousSecretExpiresAt\n    deliveries(first: 3) {\n      totalCount\n      nodes {\n        id\n        status\n        title\n        eventType\n        attempts\n        lastError\n        lastStatusCode\n        createdAt\n        deliveredAt\n      }\n    }\n  }\n': typeof types.NotificationChannelFieldsFragmentDoc;
  '\n  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {\n    createNotificationChannel(input: $input) {\n      notificationChannel {\n        id\n        name\n        kind\n      }\n      signingSecret\n    }\n  }\n': typeof types.CreateNotificationChannelDocument;
  '\n  mutation SendTestNotification($input: SendTestNotificationInput!) {\n    sendTestNotification(input: $input) {\n      delivery {\n        id\n        status\n      }\n    }\n  }\n': typeof types.SendTestNotificationDocument;
  '\n  mutation RotateChannelSecret($input: RotateChannelSecretInput!) {\n    rotateChannelSecret(input: $input) {\n      signingSecret\n      previousSecretExpiresAt\n    }\n  }\n': typeof types.RotateChannelSecretDocument;
  '\n  mutation EnableNotificationChannel($input: EnableNotificationChannelInput!) {\n    enableNotificationChannel(input: $input) {\n      notificationChannel {\n        id\n        enabled\n      }\n    }\n  }\n': typeof types.EnableNotificationChannelDocument;
  '\n  mutation DisableNotificationChannel($input: DisableNotificationChannelInput!) {\n    disableNotificationChannel(input: $input) {\n      notificationChannel {\n        id\n        enabled\n      }\n    }\n  }\n': typeof types.DisableNotificationChannelDocument;
  '\n  mutation DeleteNotificationChannel($input: DeleteNotificationChannelInput!) {\n    deleteNotificationChannel(input: $input) {\n      deletedNotificationChannelId\n    }\n  }\n': typeof types.DeleteNotificationChannelDocument;
  '\n  query DomainPage($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {\n    domain(slug: $slug) {\n      id\n      slug\n      name\n      description\n      team {\n        slug\n        name\n      }\n      products(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        nodes {\n          ...ProductCardFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n': typeof types.DomainPageDocument;
  '\n  query TeamPage($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {\n    team(slug: $slug) {\n      id\n      slug\n      name\n      description\n      domains {\n        slug\n        name\n      }\n      members {\n        role\n        user {\n          id\n          displayName\n        }\n      }\n      products(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        nodes {\n          ...ProductCardFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n': typeof types.TeamPageDocument;
  '\n  query DirectoryUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        email\n        displayName\n        isPlatformAdmin\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.DirectoryUsersDocument;
  '\n  query PlatformStatus {\n    apiInfo {\n      version\n      environment\n      integrations {\n        name\n        configured\n      }\n      workerHeartbeatAt\n    }\n  }\n': typeof types.PlatformStatusDocument;
  '\n  mutation SetTeamPrincipal($input: SetTeamPrincipalInput!) {\n    setTeamPrincipal(input: $input) {\n      principal {\n        id\n        kind\n        name\n        connection {\n          name\n        }\n      }\n    }\n  }\n': typeof types.SetTeamPrincipalDocument;
  '\n  mutation RemoveTeamPrincipal($input: RemoveTeamPrincipalInput!) {\n    removeTeamPrincipal(input: $input) {\n      removedPrincipalId\n    }\n  }\n': typeof types.RemoveTeamPrincipalDocument;
  '\n  query ProductPage($slug: String!) {\n    dataProduct(slug: $slug) {\n      id\n      slug\n      name\n      status\n      classification\n      accessMode\n      purpose\n      usage\n      limitations\n      tags\n      createdAt\n      updatedAt\n      publishedAt\n      deprecatedAt\n      sunsetAt\n      retiredAt\n      subscriberCount\n      supportLinks {\n        channel\n        url\n        tool\n        description\n      }\n      team {\n        id\n        slug\n        name\n      }\n      domain {\n        slug\n        name\n      }\n      replacement {\n        slug\n        name\n        status\n      }\n      outputPorts {\n        id\n        name\n        kind\n        description\n        connectionDetails {\n          kind\n          location\n        }\n        ...PortSchemaFields\n        ...PortContractFields\n        ...PortObjectiveFields\n        ...PortSubscriberFields\n        consumers {\n          id\n          name\n          product {\n            ...LineageProductFields\n          }\n        }\n      }\n      incidents(first: 20) {\n        totalCount\n        nodes {\n          ...IncidentFields\n        }\n      }\n      inputPorts {\n        id\n        name\n        description\n        sourcePort {\n          id\n          name\n          kind\n          product {\n            ...LineageProductFields\n          }\n        }\n      }\n    }\n    dataProductDescriptor(slug: $slug)\n    mySubscriptions(statuses: [PENDING, APPROVED], first: 50) {\n      nodes {\n        id\n        status\n        requestedAt\n        expiresAt\n        renewalRequestedAt\n        consumerTeam {\n          name\n        }\n        port {\n          id\n        }\n      }\n    }\n  }\n\n  fragment LineageProductFields on DataProduct {\n    id\n    slug\n    name\n    status\n    team {\n      name\n    }\n  }\n': typeof types.ProductPageDocument;
  '\n  query ProductDescriptor($slug: String!) {\n    dataProductDescriptor(slug: $slug)\n  }\n': typeof types.ProductDescriptorDocument;
  '\n  query SchemaComparison($portId: ID!, $from: Int!, $to: Int!) {\n    compareSchemaVersions(portId: $portId, from: $from, to: $to) {\n      format\n      from {\n        version\n        contractVersion\n      }\n      to {\n        version\n        contractVersion\n      }\n      fields {\n        path\n        change\n        aspects\n        fromType\n        toType\n        fromDoc\n        toDoc\n      }\n      changes {\n        kind\n        path\n        message\n        breaks\n      }\n    }\n  }\n': typeof types.SchemaComparisonDocument;
  '\n  fragment PortSchemaFields on OutputPort {\n    compatibilityMode\n    contractVersion\n    schemaFormat\n    schemaVersions(first: 20) {\n      totalCount\n      nodes {\n        id\n        version\n        contractVersion\n        createdAt\n        breaking\n        source\n        overrideReason\n      }\n    }\n    latestSchemaVersion {\n      id\n      version\n      format\n      fields {\n        name\n        path\n        depth\n        type\n        required\n        doc\n        default\n      }\n    }\n  }\n': typeof types.PortSchemaFieldsFragmentDoc;
  '\n  query SearchProducts($query: String, $filter: SearchFilterInput, $sort: SearchSort, $first: Int, $after: String) {\n    searchDataProducts(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        highlights {\n          field\n          snippet\n        }\n        node {\n          ...ProductCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        domains {\n          ...FacetBucketFields\n        }\n        teams {\n          ...FacetBucketFields\n        }\n        tags {\n          ...FacetBucketFields\n        }\n        classifications {\n          ...FacetBucketFields\n        }\n        statuses {\n          ...FacetBucketFields\n        }\n        portKinds {\n          ...FacetBucketFields\n        }\n      }\n    }\n  }\n\n  fragment FacetBucketFields on SearchFacetBucket {\n    value\n    label\n    count\n  }\n': typeof types.SearchProductsDocument;
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      csrfToken\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n': typeof types.SignOutDocument;
  '\n  query Viewer {\n    me {\n      user {\n        id\n        displayName\n        email\n        isPlatformAdmin\n      }\n      memberships {\n        role\n        team {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n': typeof types.ViewerDocument;
  '\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      team {\n        id\n      }\n    }\n  }\n': typeof types.AddTeamMemberDocument;
  '\n  mutation ChangeTeamMemberRole($input: ChangeTeamMemberRoleInput!) {\n    changeTeamMemberRole(input: $input) {\n      team {\n        id\n      }\n    }\n  }\n': typeof types.ChangeTeamMemberRoleDocument;
  '\n  mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      team {\n        id\n      }\n    }\n  }\n': typeof types.RemoveTeamMemberDocument;
  '\n  query TeamSettings($slug: String!) {\n    team(slug: $slug) {\n      id\n      slug\n      name\n      members {\n        role\n        createdAt\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n    users(first: 100) {\n      nodes {\n        id\n        email\n        displayName\n      }\n    }\n  }\n': typeof types.TeamSettingsDocument;
  '\n  query TeamAdministration($teamId: ID!) {\n    team(id: $teamId) {\n      apiTokens {\n        id\n        name\n        prefix\n        scopes\n        teamRole\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n      }\n      notificationChannels {\n        ...NotificationChannelFields\n      }\n      principals {\n        id\n        kind\n        name\n        updatedAt\n        connection {\n          id\n          kind\n          name\n        }\n      }\n    }\n  }\n': typeof types.TeamAdministrationDocument;
  '\n  query MySessions {\n    mySessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      expiresAt\n      ipAddress\n      userAgent\n    }\n  }\n': typeof types.MySessionsDocument;
  '\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n': typeof types.MyApiTokensDocument;
  '\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      session {\n        id\n        revokedAt\n      }\n    }\n  }\n': typeof types.RevokeSessionDocument;
  '\n  mutation RevokeOtherSessions {\n    revokeOtherSessions {\n      revokedCount\n    }\n  }\n': typeof types.RevokeOtherSessionsDocument;
  '\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        prefix\n      }\n    }\n  }\n': typeof types.CreateApiTokenDocument;
  '\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken {\n        id\n        revokedAt\n      }\n    }\n  }\n': typeof types.RevokeApiTokenDocument;
};
const documents: Documents = {
  '\n  mutation RequestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      subscription {\n        id\n        status\n        consumerTeam {\n          name\n        }\n      }\n    }\n  }\n':
    types.RequestAccessDocument,
  '\n  mutation ApproveSubscription($input: ApproveSubscriptionInput!) {\n    approveSubscription(input: $input) {\n      subscription {\n        id\n        status\n        expiresAt\n      }\n    }\n  }\n':
    types.ApproveSubscriptionDocument,
  '\n  mutation RejectSubscription($input: RejectSubscriptionInput!) {\n    rejectSubscription(input: $input) {\n      subscription {\n        id\n        status\n      }\n    }\n  }\n':
    types.RejectSubscriptionDocument,
  '\n  mutation RevokeSubscription($input: RevokeSubscriptionInput!) {\n    revokeSubscription(input: $input) {\n      subscription {\n        id\n        status\n      }\n    }\n  }\n':
    types.RevokeSubscriptionDocument,
  '\n  mutation RequestSubscriptionRenewal($input: RequestSubscriptionRenewalInput!) {\n    requestSubscriptionRenewal(input: $input) {\n      subscription {\n        id\n        status\n        expiresAt\n        renewalRequestedAt\n      }\n    }\n  }\n':
    types.RequestSubscriptionRenewalDocument,
  '\n  mutation AcknowledgeIncident($input: AcknowledgeIncidentInput!) {\n    acknowledgeIncident(input: $input) {\n      incident {\n        id\n        status\n      }\n    }\n  }\n':
    types.AcknowledgeIncidentDocument,
  '\n  query MySubscriptions {\n    mySubscriptions(first: 50) {\n      totalCount\n      nodes {\n        id\n        status\n        purpose\n        requestedAt\n        decidedAt\n        decisionReason\n        expiresAt\n        endedAt\n        endReason\n        renewalRequestedAt\n        renewalDays\n        consumerTeam {\n          slug\n          name\n        }\n        product {\n          slug\n          name\n        }\n        port {\n          name\n        }\n        grants {\n          id\n          status\n          lastError\n          lastErrorCode\n        }\n      }\n    }\n  }\n':
    types.MySubscriptionsDocument,
  '\n  fragment PortSubscriberFields on OutputPort {\n    subscriptions(statuses: [APPROVED], first: 20) {\n      totalCount\n      nodes {\n        id\n        expiresAt\n        decidedAt\n        consumerTeam {\n          slug\n          name\n        }\n        grants {\n          status\n        }\n      }\n    }\n  }\n':
    types.PortSubscriberFieldsFragmentDoc,
  '\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        email\n      }\n    }\n  }\n':
    types.AdminCreateUserDocument,
  '\n  mutation AdminCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team {\n        slug\n        name\n      }\n    }\n  }\n':
    types.AdminCreateTeamDocument,
  '\n  mutation AdminCreateDomain($input: CreateDomainInput!) {\n    createDomain(input: $input) {\n      domain {\n        slug\n        name\n      }\n    }\n  }\n':
    types.AdminCreateDomainDocument,
  '\n  query AdminOverview($usersFirst: Int, $usersAfter: String, $usersLast: Int, $usersBefore: String) {\n    users(first: $usersFirst, after: $usersAfter, last: $usersLast, before: $usersBefore) {\n      totalCount\n      nodes {\n        id\n        email\n        displayName\n        isPlatformAdmin\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n    teams(first: 100) {\n      totalCount\n      nodes {\n        id\n        slug\n        name\n        members {\n          role\n        }\n      }\n    }\n    domains(first: 100) {\n      totalCount\n      nodes {\n        id\n        slug\n        name\n        team {\n          slug\n          name\n        }\n      }\n    }\n  }\n':
    types.AdminOverviewDocument,
  '\n  fragment ProductCardFields on DataProduct {\n    id\n    slug\n    name\n    status\n    classification\n    tags\n    purpose\n    team {\n      slug\n      name\n    }\n    domain {\n      slug\n      name\n    }\n    outputPorts {\n      freshnessObjective {\n        status\n      }\n    }\n  }\n':
    types.ProductCardFieldsFragmentDoc,
  '\n  mutation RegisterKafkaCluster($input: RegisterKafkaClusterInput!) {\n    registerKafkaCluster(input: $input) {\n      kafkaCluster {\n        id\n        name\n      }\n    }\n  }\n':
    types.RegisterKafkaClusterDocument,
  '\n  mutation RegisterSchemaRegistry($input: RegisterSchemaRegistryInput!) {\n    registerSchemaRegistry(input: $input) {\n      schemaRegistry {\n        id\n        name\n      }\n    }\n  }\n':
    types.RegisterSchemaRegistryDocument,
  '\n  mutation RegisterPostgresDatabase($input: RegisterPostgresDatabaseInput!) {\n    registerPostgresDatabase(input: $input) {\n      postgresDatabase {\n        id\n        name\n      }\n    }\n  }\n':
    types.RegisterPostgresDatabaseDocument,
  '\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      ok\n      message\n      checks {\n        step\n        ok\n        message\n      }\n    }\n  }\n':
    types.TestConnectionDocument,
  '\n  mutation RemoveConnection($input: RemoveConnectionInput!) {\n    removeConnection(input: $input) {\n      removedConnectionId\n    }\n  }\n':
    types.RemoveConnectionDocument,
  '\n  query PlatformConnections {\n    connections(first: 100) {\n      totalCount\n      nodes {\n        id\n        kind\n        name\n        description\n        secretsReadable\n        updatedAt\n        ... on KafkaCluster {\n          brokers\n          ssl\n          sasl {\n            mechanism\n            username\n            hasPassword\n          }\n          registry {\n            name\n          }\n        }\n        ... on SchemaRegistry {\n          url\n          username\n          hasPassword\n        }\n        ... on PostgresDatabase {\n          host\n          port\n          database\n          postgresSsl: ssl\n          readOnlyUser\n          hasReadOnlyPassword\n          provisioningUser\n          hasProvisioningPassword\n        }\n      }\n    }\n  }\n':
    types.PlatformConnectionsDocument,
  '\n  fragment PortContractFields on OutputPort {\n    contract {\n      contractId\n      apiVersion\n      version\n      status\n      name\n      importedAt\n      slaProperties {\n        property\n        value\n        valueExt\n        unit\n        element\n        driver\n        description\n      }\n      qualityRules {\n        name\n        description\n        type\n        dimension\n        metric\n        severity\n        element\n        rule\n      }\n      terms {\n        purpose\n        usage\n        limitations\n        billing\n        noticePeriod\n      }\n      support {\n        channel\n        url\n        tool\n        scope\n        description\n      }\n    }\n  }\n':
    types.PortContractFieldsFragmentDoc,
  '\n  query ProductPortIds($slug: String!) {\n    dataProduct(slug: $slug) {\n      outputPorts {\n        id\n        name\n      }\n    }\n  }\n':
    types.ProductPortIdsDocument,
  '\n  query ExportDataContract($portId: ID!) {\n    exportDataContract(portId: $portId, format: YAML)\n  }\n':
    types.ExportDataContractDocument,
  '\n  fragment IncidentFields on Incident {\n    id\n    kind\n    status\n    openedAt\n    acknowledgedAt\n    acknowledgeNote\n    recoveringSince\n    resolvedAt\n    reminderCount\n    acknowledgedBy {\n      displayName\n    }\n    outputPort {\n      id\n      name\n    }\n    dataProduct {\n      slug\n      name\n    }\n  }\n':
    types.IncidentFieldsFragmentDoc,
  '\n  fragment PortObjectiveFields on OutputPort {\n    freshnessObjective {\n      id\n      enabled\n      status\n      statusSince\n      stalenessSeconds\n      lastDataAt\n      lastCheckedAt\n      lastErrorCode\n      lastErrorMessage\n      warnAfterSeconds\n      errorAfterSeconds\n      targetPercent\n      windowDays\n      intervalSeconds\n      check {\n        kind\n      }\n      week: budget(days: 7) {\n        ...FreshnessBudgetFields\n      }\n      month: budget(days: 28) {\n        ...FreshnessBudgetFields\n      }\n      weekTimeline: timeline(days: 7) {\n        from\n        to\n        status\n      }\n      monthTimeline: timeline(days: 28) {\n        from\n        to\n        status\n      }\n      history(first: 100) {\n        nodes {\n          startedAt\n          endedAt\n          lastCheckedAt\n          lastDataAt\n          status\n        }\n      }\n    }\n  }\n\n  fragment FreshnessBudgetFields on FreshnessBudget {\n    days\n    targetPercent\n    sharePercent\n    budgetRemainingPercent\n    budgetRemainingSeconds\n    allowedBadSeconds\n    badSeconds\n    burnRate\n    unknownSeconds\n  }\n':
    types.PortObjectiveFieldsFragmentDoc,
  '\n  query TeamInbox($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      slug\n      name\n      accessRequests(first: 30) {\n        totalCount\n        nodes {\n          id\n          status\n          purpose\n          durationDays\n          requestedAt\n          renewalRequestedAt\n          renewalDays\n          expiresAt\n          requestedBy {\n            displayName\n          }\n          consumerTeam {\n            slug\n            name\n          }\n          product {\n            slug\n            name\n          }\n          port {\n            name\n          }\n        }\n      }\n      openIncidents(first: 20) {\n        totalCount\n        nodes {\n          ...IncidentFields\n        }\n      }\n      products(first: 20) {\n        nodes {\n          slug\n          name\n          outputPorts {\n            name\n            subscriptions(statuses: [APPROVED], first: 10) {\n              nodes {\n                id\n                consumerTeam {\n                  slug\n                  name\n                }\n                grants {\n                  id\n                  status\n                  attempts\n                  lastError\n                  lastErrorCode\n                  lastAttemptAt\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.TeamInboxDocument,
  '\n  fragment NotificationChannelFields on NotificationChannel {\n    id\n    name\n    kind\n    url\n    recipients\n    enabled\n    disabledReason\n    signingSecretCreatedAt\n    previousSecretExpiresAt\n    deliveries(first: 3) {\n      totalCount\n      nodes {\n        id\n        status\n        title\n        eventType\n        attempts\n        lastError\n        lastStatusCode\n        createdAt\n        deliveredAt\n      }\n    }\n  }\n':
    types.NotificationChannelFieldsFragmentDoc,
  '\n  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {\n    createNotificationChannel(input: $input) {\n      notificationChannel {\n        id\n        name\n        kind\n      }\n      signingSecret\n    }\n  }\n':
    types.CreateNotificationChannelDocument,
  '\n  mutation SendTestNotification($input: SendTestNotificationInput!) {\n    sendTestNotification(input: $input) {\n      delivery {\n        id\n        status\n      }\n    }\n  }\n':
    types.SendTestNotificationDocument,
  '\n  mutation RotateChannelSecret($input: RotateChannelSecretInput!) {\n    rotateChannelSecret(input: $input) {\n      signingSecret\n      previousSecretExpiresAt\n    }\n  }\n':
    types.RotateChannelSecretDocument,
  '\n  mutation EnableNotificationChannel($input: EnableNotificationChannelInput!) {\n    enableNotificationChannel(input: $input) {\n      notificationChannel {\n        id\n        enabled\n      }\n    }\n  }\n':
    types.EnableNotificationChannelDocument,
  '\n  mutation DisableNotificationChannel($input: DisableNotificationChannelInput!) {\n    disableNotificationChannel(input: $input) {\n      notificationChannel {\n        id\n        enabled\n      }\n    }\n  }\n':
    types.DisableNotificationChannelDocument,
  '\n  mutation DeleteNotificationChannel($input: DeleteNotificationChannelInput!) {\n    deleteNotificationChannel(input: $input) {\n      deletedNotificationChannelId\n    }\n  }\n':
    types.DeleteNotificationChannelDocument,
  '\n  query DomainPage($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {\n    domain(slug: $slug) {\n      id\n      slug\n      name\n      description\n      team {\n        slug\n        name\n      }\n      products(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        nodes {\n          ...ProductCardFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n':
    types.DomainPageDocument,
  '\n  query TeamPage($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {\n    team(slug: $slug) {\n      id\n      slug\n      name\n      description\n      domains {\n        slug\n        name\n      }\n      members {\n        role\n        user {\n          id\n          displayName\n        }\n      }\n      products(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        nodes {\n          ...ProductCardFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n':
    types.TeamPageDocument,
  '\n  query DirectoryUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        email\n        displayName\n        isPlatformAdmin\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.DirectoryUsersDocument,
  '\n  query PlatformStatus {\n    apiInfo {\n      version\n      environment\n      integrations {\n        name\n        configured\n      }\n      workerHeartbeatAt\n    }\n  }\n':
    types.PlatformStatusDocument,
  '\n  mutation SetTeamPrincipal($input: SetTeamPrincipalInput!) {\n    setTeamPrincipal(input: $input) {\n      principal {\n        id\n        kind\n        name\n        connection {\n          name\n        }\n      }\n    }\n  }\n':
    types.SetTeamPrincipalDocument,
  '\n  mutation RemoveTeamPrincipal($input: RemoveTeamPrincipalInput!) {\n    removeTeamPrincipal(input: $input) {\n      removedPrincipalId\n    }\n  }\n':
    types.RemoveTeamPrincipalDocument,
  '\n  query ProductPage($slug: String!) {\n    dataProduct(slug: $slug) {\n      id\n      slug\n      name\n      status\n      classification\n      accessMode\n      purpose\n      usage\n      limitations\n      tags\n      createdAt\n      updatedAt\n      publishedAt\n      deprecatedAt\n      sunsetAt\n      retiredAt\n      subscriberCount\n      supportLinks {\n        channel\n        url\n        tool\n        description\n      }\n      team {\n        id\n        slug\n        name\n      }\n      domain {\n        slug\n        name\n      }\n      replacement {\n        slug\n        name\n        status\n      }\n      outputPorts {\n        id\n        name\n        kind\n        description\n        connectionDetails {\n          kind\n          location\n        }\n        ...PortSchemaFields\n        ...PortContractFields\n        ...PortObjectiveFields\n        ...PortSubscriberFields\n        consumers {\n          id\n          name\n          product {\n            ...LineageProductFields\n          }\n        }\n      }\n      incidents(first: 20) {\n        totalCount\n        nodes {\n          ...IncidentFields\n        }\n      }\n      inputPorts {\n        id\n        name\n        description\n        sourcePort {\n          id\n          name\n          kind\n          product {\n            ...LineageProductFields\n          }\n        }\n      }\n    }\n    dataProductDescriptor(slug: $slug)\n    mySubscriptions(statuses: [PENDING, APPROVED], first: 50) {\n      nodes {\n        id\n        status\n        requestedAt\n        expiresAt\n        renewalRequestedAt\n        consumerTeam {\n          name\n        }\n        port {\n          id\n        }\n      }\n    }\n  }\n\n  fragment LineageProductFields on DataProduct {\n    id\n    slug\n    name\n    status\n    team {\n      name\n    }\n  }\n':
    types.ProductPageDocument,
  '\n  query ProductDescriptor($slug: String!) {\n    dataProductDescriptor(slug: $slug)\n  }\n':
    types.ProductDescriptorDocument,
  '\n  query SchemaComparison($portId: ID!, $from: Int!, $to: Int!) {\n    compareSchemaVersions(portId: $portId, from: $from, to: $to) {\n      format\n      from {\n        version\n        contractVersion\n      }\n      to {\n        version\n        contractVersion\n      }\n      fields {\n        path\n        change\n        aspects\n        fromType\n        toType\n        fromDoc\n        toDoc\n      }\n      changes {\n        kind\n        path\n        message\n        breaks\n      }\n    }\n  }\n':
    types.SchemaComparisonDocument,
  '\n  fragment PortSchemaFields on OutputPort {\n    compatibilityMode\n    contractVersion\n    schemaFormat\n    schemaVersions(first: 20) {\n      totalCount\n      nodes {\n        id\n        version\n        contractVersion\n        createdAt\n        breaking\n        source\n        overrideReason\n      }\n    }\n    latestSchemaVersion {\n      id\n      version\n      format\n      fields {\n        name\n        path\n        depth\n        type\n        required\n        doc\n        default\n      }\n    }\n  }\n':
    types.PortSchemaFieldsFragmentDoc,
  '\n  query SearchProducts($query: String, $filter: SearchFilterInput, $sort: SearchSort, $first: Int, $after: String) {\n    searchDataProducts(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        highlights {\n          field\n          snippet\n        }\n        node {\n          ...ProductCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        domains {\n          ...FacetBucketFields\n        }\n        teams {\n          ...FacetBucketFields\n        }\n        tags {\n          ...FacetBucketFields\n        }\n        classifications {\n          ...FacetBucketFields\n        }\n        statuses {\n          ...FacetBucketFields\n        }\n        portKinds {\n          ...FacetBucketFields\n        }\n      }\n    }\n  }\n\n  fragment FacetBucketFields on SearchFacetBucket {\n    value\n    label\n    count\n  }\n':
    types.SearchProductsDocument,
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      csrfToken\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n': types.SignOutDocument,
  '\n  query Viewer {\n    me {\n      user {\n        id\n        displayName\n        email\n        isPlatformAdmin\n      }\n      memberships {\n        role\n        team {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n':
    types.ViewerDocument,
  '\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      team {\n        id\n      }\n    }\n  }\n':
    types.AddTeamMemberDocument,
  '\n  mutation ChangeTeamMemberRole($input: ChangeTeamMemberRoleInput!) {\n    changeTeamMemberRole(input: $input) {\n      team {\n        id\n      }\n    }\n  }\n':
    types.ChangeTeamMemberRoleDocument,
  '\n  mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      team {\n        id\n      }\n    }\n  }\n':
    types.RemoveTeamMemberDocument,
  '\n  query TeamSettings($slug: String!) {\n    team(slug: $slug) {\n      id\n      slug\n      name\n      members {\n        role\n        createdAt\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n    users(first: 100) {\n      nodes {\n        id\n        email\n        displayName\n      }\n    }\n  }\n':
    types.TeamSettingsDocument,
  '\n  query TeamAdministration($teamId: ID!) {\n    team(id: $teamId) {\n      apiTokens {\n        id\n        name\n        prefix\n        scopes\n        teamRole\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n      }\n      notificationChannels {\n        ...NotificationChannelFields\n      }\n      principals {\n        id\n        kind\n        name\n        updatedAt\n        connection {\n          id\n          kind\n          name\n        }\n      }\n    }\n  }\n':
    types.TeamAdministrationDocument,
  '\n  query MySessions {\n    mySessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      expiresAt\n      ipAddress\n      userAgent\n    }\n  }\n':
    types.MySessionsDocument,
  '\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n':
    types.MyApiTokensDocument,
  '\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      session {\n        id\n        revokedAt\n      }\n    }\n  }\n':
    types.RevokeSessionDocument,
  '\n  mutation RevokeOtherSessions {\n    revokeOtherSessions {\n      revokedCount\n    }\n  }\n':
    types.RevokeOtherSessionsDocument,
  '\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        prefix\n      }\n    }\n  }\n':
    types.CreateApiTokenDocument,
  '\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken {\n        id\n        revokedAt\n      }\n    }\n  }\n':
    types.RevokeApiTokenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      subscription {\n        id\n        status\n        consumerTeam {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RequestAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveSubscription($input: ApproveSubscriptionInput!) {\n    approveSubscription(input: $input) {\n      subscription {\n        id\n        status\n        expiresAt\n      }\n    }\n  }\n',
): typeof import('./graphql').ApproveSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectSubscription($input: RejectSubscriptionInput!) {\n    rejectSubscription(input: $input) {\n      subscription {\n        id\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').RejectSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeSubscription($input: RevokeSubscriptionInput!) {\n    revokeSubscription(input: $input) {\n      subscription {\n        id\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').RevokeSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestSubscriptionRenewal($input: RequestSubscriptionRenewalInput!) {\n    requestSubscriptionRenewal(input: $input) {\n      subscription {\n        id\n        status\n        expiresAt\n        renewalRequestedAt\n      }\n    }\n  }\n',
): typeof import('./graphql').RequestSubscriptionRenewalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcknowledgeIncident($input: AcknowledgeIncidentInput!) {\n    acknowledgeIncident(input: $input) {\n      incident {\n        id\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').AcknowledgeIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySubscriptions {\n    mySubscriptions(first: 50) {\n      totalCount\n      nodes {\n        id\n        status\n        purpose\n        requestedAt\n        decidedAt\n        decisionReason\n        expiresAt\n        endedAt\n        endReason\n        renewalRequestedAt\n        renewalDays\n        consumerTeam {\n          slug\n          name\n        }\n        product {\n          slug\n          name\n        }\n        port {\n          name\n        }\n        grants {\n          id\n          status\n          lastError\n          lastErrorCode\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').MySubscriptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PortSubscriberFields on OutputPort {\n    subscriptions(statuses: [APPROVED], first: 20) {\n      totalCount\n      nodes {\n        id\n        expiresAt\n        decidedAt\n        consumerTeam {\n          slug\n          name\n        }\n        grants {\n          status\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').PortSubscriberFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        email\n      }\n    }\n  }\n',
): typeof import('./graphql').AdminCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team {\n        slug\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').AdminCreateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminCreateDomain($input: CreateDomainInput!) {\n    createDomain(input: $input) {\n      domain {\n        slug\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').AdminCreateDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminOverview($usersFirst: Int, $usersAfter: String, $usersLast: Int, $usersBefore: String) {\n    users(first: $usersFirst, after: $usersAfter, last: $usersLast, before: $usersBefore) {\n      totalCount\n      nodes {\n        id\n        email\n        displayName\n        isPlatformAdmin\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n    teams(first: 100) {\n      totalCount\n      nodes {\n        id\n        slug\n        name\n        members {\n          role\n        }\n      }\n    }\n    domains(first: 100) {\n      totalCount\n      nodes {\n        id\n        slug\n        name\n        team {\n          slug\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').AdminOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProductCardFields on DataProduct {\n    id\n    slug\n    name\n    status\n    classification\n    tags\n    purpose\n    team {\n      slug\n      name\n    }\n    domain {\n      slug\n      name\n    }\n    outputPorts {\n      freshnessObjective {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').ProductCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterKafkaCluster($input: RegisterKafkaClusterInput!) {\n    registerKafkaCluster(input: $input) {\n      kafkaCluster {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').RegisterKafkaClusterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterSchemaRegistry($input: RegisterSchemaRegistryInput!) {\n    registerSchemaRegistry(input: $input) {\n      schemaRegistry {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').RegisterSchemaRegistryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterPostgresDatabase($input: RegisterPostgresDatabaseInput!) {\n    registerPostgresDatabase(input: $input) {\n      postgresDatabase {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').RegisterPostgresDatabaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      ok\n      message\n      checks {\n        step\n        ok\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql').TestConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveConnection($input: RemoveConnectionInput!) {\n    removeConnection(input: $input) {\n      removedConnectionId\n    }\n  }\n',
): typeof import('./graphql').RemoveConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlatformConnections {\n    connections(first: 100) {\n      totalCount\n      nodes {\n        id\n        kind\n        name\n        description\n        secretsReadable\n        updatedAt\n        ... on KafkaCluster {\n          brokers\n          ssl\n          sasl {\n            mechanism\n            username\n            hasPassword\n          }\n          registry {\n            name\n          }\n        }\n        ... on SchemaRegistry {\n          url\n          username\n          hasPassword\n        }\n        ... on PostgresDatabase {\n          host\n          port\n          database\n          postgresSsl: ssl\n          readOnlyUser\n          hasReadOnlyPassword\n          provisioningUser\n          hasProvisioningPassword\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').PlatformConnectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PortContractFields on OutputPort {\n    contract {\n      contractId\n      apiVersion\n      version\n      status\n      name\n      importedAt\n      slaProperties {\n        property\n        value\n        valueExt\n        unit\n        element\n        driver\n        description\n      }\n      qualityRules {\n        name\n        description\n        type\n        dimension\n        metric\n        severity\n        element\n        rule\n      }\n      terms {\n        purpose\n        usage\n        limitations\n        billing\n        noticePeriod\n      }\n      support {\n        channel\n        url\n        tool\n        scope\n        description\n      }\n    }\n  }\n',
): typeof import('./graphql').PortContractFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProductPortIds($slug: String!) {\n    dataProduct(slug: $slug) {\n      outputPorts {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').ProductPortIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExportDataContract($portId: ID!) {\n    exportDataContract(portId: $portId, format: YAML)\n  }\n',
): typeof import('./graphql').ExportDataContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IncidentFields on Incident {\n    id\n    kind\n    status\n    openedAt\n    acknowledgedAt\n    acknowledgeNote\n    recoveringSince\n    resolvedAt\n    reminderCount\n    acknowledgedBy {\n      displayName\n    }\n    outputPort {\n      id\n      name\n    }\n    dataProduct {\n      slug\n      name\n    }\n  }\n',
): typeof import('./graphql').IncidentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PortObjectiveFields on OutputPort {\n    freshnessObjective {\n      id\n      enabled\n      status\n      statusSince\n      stalenessSeconds\n      lastDataAt\n      lastCheckedAt\n      lastErrorCode\n      lastErrorMessage\n      warnAfterSeconds\n      errorAfterSeconds\n      targetPercent\n      windowDays\n      intervalSeconds\n      check {\n        kind\n      }\n      week: budget(days: 7) {\n        ...FreshnessBudgetFields\n      }\n      month: budget(days: 28) {\n        ...FreshnessBudgetFields\n      }\n      weekTimeline: timeline(days: 7) {\n        from\n        to\n        status\n      }\n      monthTimeline: timeline(days: 28) {\n        from\n        to\n        status\n      }\n      history(first: 100) {\n        nodes {\n          startedAt\n          endedAt\n          lastCheckedAt\n          lastDataAt\n          status\n        }\n      }\n    }\n  }\n\n  fragment FreshnessBudgetFields on FreshnessBudget {\n    days\n    targetPercent\n    sharePercent\n    budgetRemainingPercent\n    budgetRemainingSeconds\n    allowedBadSeconds\n    badSeconds\n    burnRate\n    unknownSeconds\n  }\n',
): typeof import('./graphql').PortObjectiveFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeamInbox($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      slug\n      name\n      accessRequests(first: 30) {\n        totalCount\n        nodes {\n          id\n          status\n          purpose\n          durationDays\n          requestedAt\n          renewalRequestedAt\n          renewalDays\n          expiresAt\n          requestedBy {\n            displayName\n          }\n          consumerTeam {\n            slug\n            name\n          }\n          product {\n            slug\n            name\n          }\n          port {\n            name\n          }\n        }\n      }\n      openIncidents(first: 20) {\n        totalCount\n        nodes {\n          ...IncidentFields\n        }\n      }\n      products(first: 20) {\n        nodes {\n          slug\n          name\n          outputPorts {\n            name\n            subscriptions(statuses: [APPROVED], first: 10) {\n              nodes {\n                id\n                consumerTeam {\n                  slug\n                  name\n                }\n                grants {\n                  id\n                  status\n                  attempts\n                  lastError\n                  lastErrorCode\n                  lastAttemptAt\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').TeamInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NotificationChannelFields on NotificationChannel {\n    id\n    name\n    kind\n    url\n    recipients\n    enabled\n    disabledReason\n    signingSecretCreatedAt\n    previousSecretExpiresAt\n    deliveries(first: 3) {\n      totalCount\n      nodes {\n        id\n        status\n        title\n        eventType\n        attempts\n        lastError\n        lastStatusCode\n        createdAt\n        deliveredAt\n      }\n    }\n  }\n',
): typeof import('./graphql').NotificationChannelFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {\n    createNotificationChannel(input: $input) {\n      notificationChannel {\n        id\n        name\n        kind\n      }\n      signingSecret\n    }\n  }\n',
): typeof import('./graphql').CreateNotificationChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendTestNotification($input: SendTestNotificationInput!) {\n    sendTestNotification(input: $input) {\n      delivery {\n        id\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').SendTestNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RotateChannelSecret($input: RotateChannelSecretInput!) {\n    rotateChannelSecret(input: $input) {\n      signingSecret\n      previousSecretExpiresAt\n    }\n  }\n',
): typeof import('./graphql').RotateChannelSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EnableNotificationChannel($input: EnableNotificationChannelInput!) {\n    enableNotificationChannel(input: $input) {\n      notificationChannel {\n        id\n        enabled\n      }\n    }\n  }\n',
): typeof import('./graphql').EnableNotificationChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DisableNotificationChannel($input: DisableNotificationChannelInput!) {\n    disableNotificationChannel(input: $input) {\n      notificationChannel {\n        id\n        enabled\n      }\n    }\n  }\n',
): typeof import('./graphql').DisableNotificationChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteNotificationChannel($input: DeleteNotificationChannelInput!) {\n    deleteNotificationChannel(input: $input) {\n      deletedNotificationChannelId\n    }\n  }\n',
): typeof import('./graphql').DeleteNotificationChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DomainPage($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {\n    domain(slug: $slug) {\n      id\n      slug\n      name\n      description\n      team {\n        slug\n        name\n      }\n      products(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        nodes {\n          ...ProductCardFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n',
): typeof import('./graphql').DomainPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeamPage($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {\n    team(slug: $slug) {\n      id\n      slug\n      name\n      description\n      domains {\n        slug\n        name\n      }\n      members {\n        role\n        user {\n          id\n          displayName\n        }\n      }\n      products(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        nodes {\n          ...ProductCardFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').TeamPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DirectoryUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        email\n        displayName\n        isPlatformAdmin\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').DirectoryUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlatformStatus {\n    apiInfo {\n      version\n      environment\n      integrations {\n        name\n        configured\n      }\n      workerHeartbeatAt\n    }\n  }\n',
): typeof import('./graphql').PlatformStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetTeamPrincipal($input: SetTeamPrincipalInput!) {\n    setTeamPrincipal(input: $input) {\n      principal {\n        id\n        kind\n        name\n        connection {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SetTeamPrincipalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveTeamPrincipal($input: RemoveTeamPrincipalInput!) {\n    removeTeamPrincipal(input: $input) {\n      removedPrincipalId\n    }\n  }\n',
): typeof import('./graphql').RemoveTeamPrincipalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProductPage($slug: String!) {\n    dataProduct(slug: $slug) {\n      id\n      slug\n      name\n      status\n      classification\n      accessMode\n      purpose\n      usage\n      limitations\n      tags\n      createdAt\n      updatedAt\n      publishedAt\n      deprecatedAt\n      sunsetAt\n      retiredAt\n      subscriberCount\n      supportLinks {\n        channel\n        url\n        tool\n        description\n      }\n      team {\n        id\n        slug\n        name\n      }\n      domain {\n        slug\n        name\n      }\n      replacement {\n        slug\n        name\n        status\n      }\n      outputPorts {\n        id\n        name\n        kind\n        description\n        connectionDetails {\n          kind\n          location\n        }\n        ...PortSchemaFields\n        ...PortContractFields\n        ...PortObjectiveFields\n        ...PortSubscriberFields\n        consumers {\n          id\n          name\n          product {\n            ...LineageProductFields\n          }\n        }\n      }\n      incidents(first: 20) {\n        totalCount\n        nodes {\n          ...IncidentFields\n        }\n      }\n      inputPorts {\n        id\n        name\n        description\n        sourcePort {\n          id\n          name\n          kind\n          product {\n            ...LineageProductFields\n          }\n        }\n      }\n    }\n    dataProductDescriptor(slug: $slug)\n    mySubscriptions(statuses: [PENDING, APPROVED], first: 50) {\n      nodes {\n        id\n        status\n        requestedAt\n        expiresAt\n        renewalRequestedAt\n        consumerTeam {\n          name\n        }\n        port {\n          id\n        }\n      }\n    }\n  }\n\n  fragment LineageProductFields on DataProduct {\n    id\n    slug\n    name\n    status\n    team {\n      name\n    }\n  }\n',
): typeof import('./graphql').ProductPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProductDescriptor($slug: String!) {\n    dataProductDescriptor(slug: $slug)\n  }\n',
): typeof import('./graphql').ProductDescriptorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchemaComparison($portId: ID!, $from: Int!, $to: Int!) {\n    compareSchemaVersions(portId: $portId, from: $from, to: $to) {\n      format\n      from {\n        version\n        contractVersion\n      }\n      to {\n        version\n        contractVersion\n      }\n      fields {\n        path\n        change\n        aspects\n        fromType\n        toType\n        fromDoc\n        toDoc\n      }\n      changes {\n        kind\n        path\n        message\n        breaks\n      }\n    }\n  }\n',
): typeof import('./graphql').SchemaComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PortSchemaFields on OutputPort {\n    compatibilityMode\n    contractVersion\n    schemaFormat\n    schemaVersions(first: 20) {\n      totalCount\n      nodes {\n        id\n        version\n        contractVersion\n        createdAt\n        breaking\n        source\n        overrideReason\n      }\n    }\n    latestSchemaVersion {\n      id\n      version\n      format\n      fields {\n        name\n        path\n        depth\n        type\n        required\n        doc\n        default\n      }\n    }\n  }\n',
): typeof import('./graphql').PortSchemaFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchProducts($query: String, $filter: SearchFilterInput, $sort: SearchSort, $first: Int, $after: String) {\n    searchDataProducts(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        highlights {\n          field\n          snippet\n        }\n        node {\n          ...ProductCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        domains {\n          ...FacetBucketFields\n        }\n        teams {\n          ...FacetBucketFields\n        }\n        tags {\n          ...FacetBucketFields\n        }\n        classifications {\n          ...FacetBucketFields\n        }\n        statuses {\n          ...FacetBucketFields\n        }\n        portKinds {\n          ...FacetBucketFields\n        }\n      }\n    }\n  }\n\n  fragment FacetBucketFields on SearchFacetBucket {\n    value\n    label\n    count\n  }\n',
): typeof import('./graphql').SearchProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      csrfToken\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n',
): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Viewer {\n    me {\n      user {\n        id\n        displayName\n        email\n        isPlatformAdmin\n      }\n      memberships {\n        role\n        team {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddTeamMember($input: AddTeamMemberInput!) {\n    addTeamMember(input: $input) {\n      team {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').AddTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeTeamMemberRole($input: ChangeTeamMemberRoleInput!) {\n    changeTeamMemberRole(input: $input) {\n      team {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').ChangeTeamMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      team {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').RemoveTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeamSettings($slug: String!) {\n    team(slug: $slug) {\n      id\n      slug\n      name\n      members {\n        role\n        createdAt\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n    users(first: 100) {\n      nodes {\n        id\n        email\n        displayName\n      }\n    }\n  }\n',
): typeof import('./graphql').TeamSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeamAdministration($teamId: ID!) {\n    team(id: $teamId) {\n      apiTokens {\n        id\n        name\n        prefix\n        scopes\n        teamRole\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n      }\n      notificationChannels {\n        ...NotificationChannelFields\n      }\n      principals {\n        id\n        kind\n        name\n        updatedAt\n        connection {\n          id\n          kind\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').TeamAdministrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySessions {\n    mySessions {\n      id\n      current\n      createdAt\n      lastSeenAt\n      expiresAt\n      ipAddress\n      userAgent\n    }\n  }\n',
): typeof import('./graphql').MySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n',
): typeof import('./graphql').MyApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      session {\n        id\n        revokedAt\n      }\n    }\n  }\n',
): typeof import('./graphql').RevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeOtherSessions {\n    revokeOtherSessions {\n      revokedCount\n    }\n  }\n',
): typeof import('./graphql').RevokeOtherSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        prefix\n      }\n    }\n  }\n',
): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken {\n        id\n        revokedAt\n      }\n    }\n  }\n',
): typeof import('./graphql').RevokeApiTokenDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
