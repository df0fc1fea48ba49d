# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=fastapi source=queryparams shape=fullmatch_group_digits sink=v2 expected=false
import os
import re

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00202")
async def case_00202(request: Request):
    param = request.query_params.get("q", "")
    m = re.fullmatch(r"([a-z]+)-(\d+)", param)
    bar = m.group(2) if m else "0"
    result = os.popen("host " + bar).read()
    return {"result": str(result)}
