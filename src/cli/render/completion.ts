/** A command as the completion scripts see it. */
export interface CommandNode {
  name: string;
  description: string;
  options: string[];
  roundArgument: boolean;
  commands: CommandNode[];
}

const ROUND_OPTIONS = ['--round', '--from'];

function walk(node: CommandNode, path: string[], visit: (node: CommandNode, path: string[]) => void): void {
  visit(node, path);
  for (const child of node.commands) walk(child, [...path, child.name], visit);
}

/** Bash: a table from command path to words; round names come from `tandem completion --list-rounds`. */
export function bashScript(root: CommandNode): string {
  const cases: string[] = [];
  const roundPaths: string[] = [];
  walk(root, [], (node, path) => {
    const words = [...node.commands.map((c) => c.name), ...node.options, ...(path.length ? [] : root.options)];
    cases.push(`    "${path.join(' ')}") words="${[...new Set(words)].join(' ')}" ;;`);
    if (node.roundArgument) roundPaths.push(`"${path.join(' ')}"`);
  });
  return `# bash completion for tandem; load with: source <(tandem completion bash)
_tandem_paths() {
  case "$1" in
${cases.join('\n')}
    *) return 1 ;;
  esac
  printf '%s' "$words"
}

# Round names, one a line, each offered as one shell-quoted word ('RM 2027/1' → RM\\ 2027/1).
_tandem_rounds() {
  local r want=\${cur#\\\"}
  want=\${want#\\\'}
  want=\${want//\\\\/}
  while IFS= read -r r; do
    [[ -n "$r" && "$r" == "$want"* ]] && COMPREPLY+=("$(printf '%q' "$r")")
  done < <(tandem completion --list-rounds 2>/dev/null)
}

_tandem() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local path="" i w words
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    case "$w" in -*) continue ;; esac
    if _tandem_paths "\${path:+$path }$w" >/dev/null; then path="\${path:+$path }$w"; fi
  done
  case "$prev" in
    ${ROUND_OPTIONS.join('|')})
      COMPREPLY=(); _tandem_rounds; return ;;
    --db|--out|--out-dir) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  words="$(_tandem_paths "$path")"
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
  case "$path" in
    ${roundPaths.length ? roundPaths.join('|') : '__none__'})
      [[ "$cur" != -* ]] && _tandem_rounds ;;
  esac
}
complete -o default -F _tandem tandem
`;
}

/** Zsh: the bash completion through bashcompinit (the same table, one source of truth). */
export function zshScript(root: CommandNode): string {
  return `#compdef tandem
# zsh completion for tandem; load with: source <(tandem completion zsh)
autoload -U +X bashcompinit && bashcompinit
${bashScript(root).replace(/^# bash completion.*\n/, '')}`;
}

/**
 * Fish: one `complete` line per command and option, each under the condition that the
 * words of its command path were typed (so `round list` and `session list` keep their own
 * options). Round names come one a line from `tandem completion --list-rounds`; fish takes
 * each line as one candidate and escapes it when inserting (`RM 2027/1` → `RM\ 2027/1`).
 */
export function fishScript(root: CommandNode): string {
  const lines = ['# fish completion for tandem; save as ~/.config/fish/completions/tandem.fish', 'complete -c tandem -f'];
  const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const rounds = `-a '(tandem completion --list-rounds 2>/dev/null)'`;
  walk(root, [], (node, path) => {
    const seen = path.map((word) => `__fish_seen_subcommand_from ${word}`);
    const here = seen.length ? seen.join('; and ') : 'true';
    const subcommand =
      path.length === 0 ? '__fish_use_subcommand' : `${here}; and not __fish_seen_subcommand_from ${node.commands.map((c) => c.name).join(' ') || '__none__'}`;
    for (const child of node.commands) {
      lines.push(`complete -c tandem -n ${quote(subcommand)} -a ${quote(child.name)} -d ${quote(child.description)}`);
    }
    for (const option of node.options) {
      if (!option.startsWith('--')) continue;
      const round = ROUND_OPTIONS.includes(option) ? ` -x ${rounds}` : '';
      lines.push(`complete -c tandem -n ${quote(here)} -l ${option.slice(2)}${round}`);
    }
    // A round as the argument (`round report <round>`): offered once the command's words are typed.
    if (node.roundArgument) lines.push(`complete -c tandem -n ${quote(here)} ${rounds}`);
  });
  return `${lines.join('\n')}\n`;
}
