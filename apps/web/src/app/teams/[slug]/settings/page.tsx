import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { canManageTeam, requireViewer } from '@/features/session/viewer.query';
import { AddMemberForm } from '@/features/team-settings/add-member-form';
import { MemberRow } from '@/features/team-settings/member-row';
import { addTeamMember, changeTeamMemberRole, removeTeamMember } from '@/features/team-settings/members.actions';
import { ChannelList } from '@/features/notifications/channel-list';
import { createNotificationChannel } from '@/features/notifications/channels.actions';
import { CreateChannelForm } from '@/features/notifications/create-channel-form';
import { PrincipalForm } from '@/features/principals/principal-form';
import { PrincipalList } from '@/features/principals/principal-list';
import { setTeamPrincipal } from '@/features/principals/principals.actions';
import { loadTeamAdministration, loadTeamSettings } from '@/features/team-settings/team-settings.query';
import { CreateTokenForm } from '@/features/tokens/create-token-form';
import { TokenTable } from '@/features/tokens/token-table';
import { createApiToken } from '@/features/tokens/tokens.actions';

export const metadata: Metadata = { title: 'Team settings' };

interface TeamSettingsPageProps {
  readonly params: Promise<{ slug: string }>;
}

export default async function TeamSettingsPage({ params }: TeamSettingsPageProps) {
  const { slug } = await params;
  const [viewer, settings] = await Promise.all([requireViewer(), loadTeamSettings(slug)]);
  if (!settings) notFound();
  const { team, users } = settings;

  if (!canManageTeam(viewer, team.id)) {
    return (
      <div className="max-w-2xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{team.name}: settings</h1>
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
          Only the team’s owners and platform admins manage its members, tokens, channels and principals.
        </p>
        <Link href={`/teams/${slug}`} className="inline-block font-medium text-slate-900 underline underline-offset-2">
          Back to {team.name}
        </Link>
      </div>
    );
  }

  const { apiTokens: tokens, notificationChannels, principals } = await loadTeamAdministration(team.id);
  const memberIds = new Set(team.members.map((member) => member.user.id));

  return (
    <div className="space-y-10">
      <div className="space-y-1">
        <p className="text-sm text-slate-600">
          <Link href={`/teams/${slug}`} className="hover:underline">
            {team.name}
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Team settings</h1>
      </div>

      <section aria-labelledby="members-heading" className="space-y-4">
        <div>
          <h2 id="members-heading" className="text-xl font-semibold text-slate-900">
            Members
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            Owners decide: they publish products and manage members and tokens.
          </p>
        </div>
        <ul
          aria-label="Team members"
          className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm"
        >
          {team.members.map((member) => (
            <MemberRow
              key={member.user.id}
              member={{
                userId: member.user.id,
                displayName: member.user.displayName,
                email: member.user.email,
                role: member.role,
              }}
              isViewer={member.user.id === viewer.user.id}
              changeRole={changeTeamMemberRole.bind(null, team.id, member.user.id)}
              remove={removeTeamMember.bind(null, team.id, member.user.id)}
            />
          ))}
        </ul>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <AddMemberForm
            action={addTeamMember.bind(null, team.id)}
            suggestions={users.nodes.filter((user) => !memberIds.has(user.id))}
          />
        </div>
      </section>

      <section aria-labelledby="team-tokens-heading" className="space-y-4">
        <div>
          <h2 id="team-tokens-heading" className="text-xl font-semibold text-slate-900">
            Team API tokens
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            For CI pipelines: a team token acts for this team alone, with the role it is given (at most yours).
          </p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <CreateTokenForm
            action={createApiToken.bind(null, team.id)}
            idPrefix="team-token"
            scopes={['catalog:read', 'catalog:write', 'freshness:report']}
            teamRoles={['MEMBER', 'OWNER']}
          />
        </div>
        <TokenTable tokens={tokens} caption={`API tokens of ${team.name}`} />
      </section>

      <section aria-labelledby="channels-heading" className="space-y-4">
        <div>
          <h2 id="channels-heading" className="text-xl font-semibold text-slate-900">
            Notification channels
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            Where the team hears about incidents on its products and access requests to decide: signed webhooks, Slack
            and email.
          </p>
        </div>
        <ChannelList channels={notificationChannels} />
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <CreateChannelForm action={createNotificationChannel.bind(null, team.id)} />
        </div>
      </section>

      <section aria-labelledby="principals-heading" className="space-y-4">
        <div>
          <h2 id="principals-heading" className="text-xl font-semibold text-slate-900">
            Kafka principals and Postgres roles
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            The identities the team reads with: when another team approves a subscription, grants are made to these.
          </p>
        </div>
        <PrincipalList teamId={team.id} principals={principals ?? []} />
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <PrincipalForm action={setTeamPrincipal.bind(null, team.id)} />
        </div>
      </section>
    </div>
  );
}
