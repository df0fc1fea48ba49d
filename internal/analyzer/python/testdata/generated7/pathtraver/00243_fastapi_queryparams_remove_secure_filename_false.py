# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=queryparams shape=remove_secure_filename sink=specific expected=false
import os

from fastapi import FastAPI, Request
from werkzeug.utils import secure_filename

app = FastAPI()
BASE_DIR = "/srv/app/files/"


@app.get("/case-00243")
def case_00243(request: Request):
    param = request.query_params.get("q", "")
    bar = param
    os.remove(os.path.join(BASE_DIR, secure_filename(bar)))
    result = True
    return {"result": str(result)}
