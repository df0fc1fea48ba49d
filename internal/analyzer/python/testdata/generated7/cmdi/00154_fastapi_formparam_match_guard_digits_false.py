# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=fastapi source=formparam shape=match_guard_digits sink=v2 expected=false
import os

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/case-00154")
async def case_00154(request: Request, q: str = Form("")):
    param = q
    match param.split(":", 1):
        case ["id", rest] if rest.isdigit():
            bar = rest
        case _:
            bar = "0"
    result = os.popen("host " + bar).read()
    return {"result": str(result)}
