# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=formparam shape=fileresponse_basename_wrong_var sink=specific expected=true
import os

from fastapi import FastAPI, Form, Request
from fastapi.responses import FileResponse

app = FastAPI()
BASE_DIR = "/srv/app/files/"


@app.post("/case-00246")
async def case_00246(request: Request, q: str = Form("")):
    param = q
    bar = param
    name = os.path.basename(bar)
    return FileResponse(os.path.join(BASE_DIR, bar), filename=name)  # want: PY-PATH-TRAVERSAL
