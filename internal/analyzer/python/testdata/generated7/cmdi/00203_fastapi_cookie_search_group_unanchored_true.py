# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=fastapi source=cookie shape=search_group_unanchored sink=v2 expected=true
import os
import re

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00203")
def case_00203(request: Request):
    param = request.cookies.get("q", "none")
    m = re.search(r"id=(.+)", param)
    bar = m.group(1) if m else "0"
    result = os.popen("host " + bar).read()  # want: PY-CMDI
    return {"result": str(result)}
