# Runs one code cell in a kernel with nbclient, as `jupyter nbconvert --execute` and papermill do.
# Usage: python _notebook.py KERNEL_NAME CODE
import sys

import nbformat
from nbclient import NotebookClient

nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(sys.argv[2])])
NotebookClient(nb, kernel_name=sys.argv[1], timeout=60, startup_timeout=30).execute()
