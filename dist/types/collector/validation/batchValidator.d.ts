/** One error as ajv reports it. */
export interface ValidationError {
    instancePath: string;
    keyword: string;
    params: Record<string, unknown>;
    message?: string;
}
/**
 * Checks a parsed body against the batch schema; on `false`, `batchValidator.errors[0]` names the first problem.
 * @example if (!batchValidator(data)) console.log(batchValidator.errors![0].message);
 */
export declare const batchValidator: {
    (data: unknown): boolean;
    errors?: ValidationError[] | null;
};
