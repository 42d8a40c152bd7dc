/** A text box whose value counts when the user leaves it or presses Enter, not at every key. */
import { Input, type InputProps } from '@fluentui/react-components';
import * as React from 'react';

export function CommitInput(props: Omit<InputProps, 'onChange' | 'onBlur' | 'onKeyDown'> & { onText: (text: string) => void; onCommit: () => void }): React.ReactElement {
  const { onText, onCommit, ...rest } = props;
  return (
    <Input
      inputMode="numeric"
      autoComplete="off"
      {...rest}
      onChange={(_, d) => onText(d.value)}
      onBlur={onCommit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onCommit();
      }}
    />
  );
}
