/** Every IANA zone this server knows, with the student's own first when it is not among them. */
export function zoneChoices(current: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes(current) ? zones : [current, ...zones];
}
