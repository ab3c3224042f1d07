'use client';

import Form from 'next/form';
import type { ComponentProps } from 'react';

/**
 * A GET form that submits itself when a checkbox or select changes. Without JavaScript it is
 * the same form with its Apply button.
 */
export function AutoSubmitForm(props: Omit<ComponentProps<typeof Form>, 'onChange'>) {
  return <Form {...props} onChange={(event) => event.currentTarget.requestSubmit()} />;
}
