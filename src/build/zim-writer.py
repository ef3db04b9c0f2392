"""Writes one ZIM file with libzim (Debian's python3-libzim) from the plan src/build/zim.ts hands it on stdin.

The plan is JSON: {"zim", "main", "language", "illustration", "metadata": {name: text},
"items": [{"path", "file", "title", "mimetype", "front"}], "redirects": [{"path", "title", "target"}]}.
Everything about what goes in is decided in TypeScript (src/features/zim/model.ts); this only feeds libzim,
which compresses the entries and builds the full-text and title indexes. Debian's zimwriterfs (zim-tools 3.1)
cannot write the LongDescription and License metadata, so the file is made with the library itself.
"""

import json
import re
import sys

from libzim.writer import Creator, FileProvider, Hint, Item


class FileItem(Item):
    """An entry whose content is a file on disk."""

    def __init__(self, entry):
        super().__init__()
        self.entry = entry

    def get_path(self):
        return self.entry["path"]

    def get_title(self):
        return self.entry["title"]

    def get_mimetype(self):
        return self.entry["mimetype"]

    def get_contentprovider(self):
        return FileProvider(self.entry["file"])

    def get_hints(self):
        return {Hint.FRONT_ARTICLE: self.entry["front"]}


def snake_case(name):
    """add_metadata() turns python_case names into PascalCase and would make "LongDescription" "Longdescription"."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def main():
    plan = json.load(sys.stdin)
    creator = Creator(plan["zim"]).config_indexing(True, plan["language"])
    with creator:
        creator.set_mainpath(plan["main"])
        with open(plan["illustration"], "rb") as png:
            creator.add_illustration(48, png.read())
        for name, value in plan["metadata"].items():
            creator.add_metadata(snake_case(name), value)
        for entry in plan["items"]:
            creator.add_item(FileItem(entry))
        for redirect in plan["redirects"]:
            creator.add_redirection(redirect["path"], redirect["title"], redirect["target"], {Hint.FRONT_ARTICLE: False})


if __name__ == "__main__":
    main()
