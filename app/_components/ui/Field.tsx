import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";

const CONTROL =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-stone-900 shadow-sm outline-none " +
  "focus:border-accent focus:ring-2 focus:ring-accent-line " +
  "aria-invalid:border-rose-500 aria-invalid:focus:ring-rose-200";

interface FieldFrame {
  label: string;
  /** Help shown under the control, read out with it. */
  hint?: ReactNode;
  /** The id of the message explaining why the value was refused; marks the control invalid. */
  errorId?: string | null;
}

interface ControlProps {
  id: string;
  className: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

function Frame({ label, hint, errorId, children }: FieldFrame & { children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errorId].filter(Boolean).join(" ");
  return (
    <div className="text-sm">
      <label htmlFor={id} className="block font-medium text-stone-700">
        {label}
      </label>
      {children({
        id,
        className: CONTROL,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": errorId ? true : undefined,
      })}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      )}
    </div>
  );
}

export function Field({ label, hint, errorId, ...input }: InputHTMLAttributes<HTMLInputElement> & FieldFrame) {
  return (
    <Frame label={label} hint={hint} errorId={errorId}>
      {(control) => <input {...input} {...control} />}
    </Frame>
  );
}

export function TextAreaField({
  label,
  hint,
  errorId,
  className = "",
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & FieldFrame) {
  return (
    <Frame label={label} hint={hint} errorId={errorId}>
      {(control) => <textarea {...textarea} {...control} className={`${control.className} ${className}`} />}
    </Frame>
  );
}

export function SelectField({ label, hint, errorId, ...select }: SelectHTMLAttributes<HTMLSelectElement> & FieldFrame) {
  return (
    <Frame label={label} hint={hint} errorId={errorId}>
      {(control) => <select {...select} {...control} />}
    </Frame>
  );
}

/** The time-zone picker that settings and exams share: the zones the runtime knows, one selected. */
export function TimeZoneField({
  timeZones,
  defaultValue,
  errorId,
}: {
  timeZones: string[];
  defaultValue: string;
  errorId: string | null | undefined;
}) {
  return (
    <SelectField label="Time zone" name="timeZone" defaultValue={defaultValue} errorId={errorId}>
      {timeZones.map((zone) => (
        <option key={zone} value={zone}>
          {zone}
        </option>
      ))}
    </SelectField>
  );
}
