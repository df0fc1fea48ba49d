# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=fastapi source=headerparam shape=star_forward_taint sink=v2 expected=true
import os

from fastapi import FastAPI, Header, Request

app = FastAPI()


def first_of(*args):
    return args[0]


def forward(*args):
    return first_of(*args)


@app.get("/case-00179")
def case_00179(request: Request, x_query: str = Header("")):
    param = x_query
    bar = forward(param, "safe")
    result = os.popen("host " + bar).read()  # want: PY-CMDI
    return {"result": str(result)}
