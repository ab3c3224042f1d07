import { Field, ID, InputType } from '@nestjs/graphql';
import { CONTRACT_FORMATS, ODCS_MAX_BYTES, type ContractFormat } from '@tessera/contracts';
import { z } from 'zod';
import { DataContractFormatEnum } from '../models/data-contract.model';

@InputType({ description: "Replaces an output port's data contract with an ODCS document." })
export class ImportDataContractInput {
  @Field(() => ID, { description: 'The output port.' })
  portId!: string;

  @Field({
    description:
      'The ODCS v3 document (v3.1.0 or v3.0.x), as YAML or JSON text; fields Tessera does not model are kept.',
  })
  document!: string;

  @Field(() => DataContractFormatEnum, { defaultValue: 'YAML', description: 'How the document is written.' })
  format!: ContractFormat;
}

export const importDataContractSchema = z.object({
  portId: z.string(),
  // Checked again, with the contract's own message, once parsed; this bounds what is read at all.
  document: z.string().max(ODCS_MAX_BYTES * 2, 'at most 1 MiB of text'),
  format: z.enum(CONTRACT_FORMATS).default('YAML'),
});
export type ImportDataContractCommand = z.output<typeof importDataContractSchema>;
