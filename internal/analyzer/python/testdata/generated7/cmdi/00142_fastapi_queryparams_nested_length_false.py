# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=fastapi source=queryparams shape=nested_length sink=v2 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()


def outer_upper(value):
    def inner(v):
        return v.upper()

    return inner(value)


def outer_length(value):
    def inner(v):
        return "len-" + str(len(v))

    return inner(value)


@app.get("/case-00142")
async def case_00142(request: Request):
    param = request.query_params.get("q", "")
    bar = outer_length(param)
    result = os.popen("host " + bar).read()
    return {"result": str(result)}
