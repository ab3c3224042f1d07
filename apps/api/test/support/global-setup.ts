import { rebuildTemplateDatabase } from './databases';

export default async function globalSetup(): Promise<void> {
  await rebuildTemplateDatabase();
}
