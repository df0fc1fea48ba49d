# generated case (gen8): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi shape=fastapi_fileresponse_path expected=true
import os

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()


@app.get("/download/{filename:path}")
def case_fastapi_fileresponse_path(filename: str):
    return FileResponse(os.path.join("/srv/app/files", filename))  # want: PY-PATH-TRAVERSAL
