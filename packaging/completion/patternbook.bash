# Bash completion for patternbook and patternbook-cli. The commands and their options come from
# the program's own --help, so this never falls behind it; tours and diagnostic codes come from
# the language and from `validate --list-codes`.

_patternbook()
{
    local cur prev program command word i
    COMPREPLY=()
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    program=${COMP_WORDS[0]}

    command=
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ $word != -* ]]; then
            command=$word
            break
        fi
    done

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--help --version" -- "$cur"))
            [[ $program == patternbook ]] && COMPREPLY+=($(compgen -W \
                "--pattern --edit --focus --tab --presentation --tour --diagnostics" -- "$cur"))
            return
        fi
        local commands
        commands=$("$program" --help 2>/dev/null | sed -n '/^Commands:/,/^$/s/^  \([a-z-]*\) .*/\1/p')
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        # The desktop app also opens a folder or a pattern file.
        [[ $program == patternbook ]] && COMPREPLY+=($(compgen -d -- "$cur") $(compgen -f -X '!*.md' -- "$cur"))
        return
    fi

    case $prev in
        --format)
            case $command in
                validate) COMPREPLY=($(compgen -W "text json github" -- "$cur")) ;;
                graph) COMPREPLY=($(compgen -W "dot json svg png pdf" -- "$cur")) ;;
            esac
            return ;;
        --paper)
            if [[ $command == graph ]]; then
                COMPREPLY=($(compgen -W "A1 A2 A3 A4 Letter" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "A4 Letter" -- "$cur"))
            fi
            return ;;
        --only)
            if [[ $command == fix ]]; then
                COMPREPLY=($(compgen -W "$("$program" validate --list-codes 2>/dev/null | awk '{print $1}')" -- "$cur"))
            fi
            return ;;
        --tour)
            # The tours of the language named on the line, from their files' first lines.
            local dir=${COMP_WORDS[i+1]} file names=()
            for file in "$dir"/.patternbook/tours/*.tour; do
                [[ -f $file ]] && names+=("$(sed -n '1s/^# Patternbook tour: //p' "$file")")
            done
            local IFS=$'\n'
            COMPREPLY=($(compgen -W "${names[*]}" -- "$cur"))
            COMPREPLY=("${COMPREPLY[@]// /\\ }")
            return ;;
        --aspect)
            COMPREPLY=($(compgen -W "16:9 4:3 3:2 1:1" -- "$cur"))
            return ;;
        --lang|--unset|-o|--output)
            [[ $prev == -o || $prev == --output ]] && COMPREPLY=($(compgen -f -- "$cur"))
            return ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$("$program" "$command" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u)" -- "$cur"))
        return
    fi
    case $command in
        render|set) COMPREPLY=($(compgen -f -X '!*.md' -- "$cur") $(compgen -d -- "$cur")) ;;
        *) COMPREPLY=($(compgen -d -- "$cur") $(compgen -f -- "$cur")) ;;
    esac
}
complete -o filenames -F _patternbook patternbook patternbook-cli
