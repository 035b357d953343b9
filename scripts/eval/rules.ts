export default async function (): Promise<string> { return ''; }
