'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import type { FormAction } from '../forms/form-state';
import { RequestAccessForm } from './request-access-form';

/**
 * "Request access": with JavaScript, a dialog over the product page; without it, the same
 * link opens the request page, which holds the same form.
 */
export function RequestAccessDialog({
  action,
  href,
  portName,
  productName,
  teams,
}: {
  action: FormAction;
  href: string;
  portName: string;
  productName: string;
  teams: readonly { id: string; name: string }[];
}) {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLAnchorElement>(null);
  const router = useRouter();
  // The page learns of a new request when the dialog closes, so the dialog keeps its answer until then.
  const changeOpen = (next: boolean) => {
    setOpen(next);
    if (!next) router.refresh();
  };
  return (
    <Dialog.Root open={open} onOpenChange={changeOpen}>
      <a
        ref={trigger}
        href={href}
        data-no-progress
        role="button"
        aria-haspopup="dialog"
        onClick={(event) => {
          event.preventDefault();
          setOpen(true);
        }}
        className="inline-block rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 focus-visible:ring-2 focus-visible:ring-slate-400 focus-visible:ring-offset-2 focus-visible:outline-none"
      >
        Request access<span className="sr-only"> to {portName}</span>
      </a>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            trigger.current?.focus();
          }}
          className="fixed top-1/2 left-1/2 z-50 w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg bg-white p-6 shadow-xl focus:outline-none"
        >
          <div className="space-y-1">
            <Dialog.Title className="text-lg font-semibold text-slate-900">Request access to {portName}</Dialog.Title>
            <Dialog.Description className="text-sm text-slate-600">
              {productName}: the owning team approves or rejects; once approved, your team sees the connection details
              and gets its grant.
            </Dialog.Description>
          </div>
          <RequestAccessForm
            action={action}
            portName={portName}
            productName={productName}
            teams={teams}
            onDone={() => changeOpen(false)}
          />
          <Dialog.Close className="absolute top-3 right-3 rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-slate-400 focus-visible:outline-none">
            <span aria-hidden="true">×</span>
            <span className="sr-only">Close</span>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
