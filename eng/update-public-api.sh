#!/usr/bin/env bash
# Adds every public symbol that the build reports as undeclared (RS0016) to the project's PublicAPI.Unshipped.txt.
# Usage: eng/update-public-api.sh src/VideoPipeline.Sdk.Caching
set -euo pipefail
project_dir="${1:?project directory}"
unshipped="$project_dir/PublicAPI.Unshipped.txt"
log=$(mktemp)
dotnet build "$project_dir" -c Debug --no-incremental -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= > "$log" 2>&1 || true
project_file=$(ls "$project_dir"/*.csproj)
grep -F "[$(realpath "$project_file")]" "$log" | grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" | sort -u > "$log.symbols" || true
{ grep -v '^#nullable' "$unshipped" || true; cat "$log.symbols"; } | sort -u > "$log.all"
{ echo '#nullable enable'; cat "$log.all"; } > "$unshipped"
echo "$(wc -l < "$log.symbols") symbol(s) added to $unshipped"
rm -f "$log" "$log.symbols" "$log.all"
