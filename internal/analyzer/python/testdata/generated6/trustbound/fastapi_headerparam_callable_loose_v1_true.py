# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=headerparam shape=callable_loose sink=v1 expected=true
import re

from fastapi import FastAPI, Header, Request

app = FastAPI()


class Normalizer:
    def __init__(self, mode):
        self.mode = mode

    def __call__(self, value):
        if self.mode == "strict":
            return re.sub(r"[^A-Za-z0-9]", "", value)
        return value.strip()


@app.get("/00266")
def benchmark_test_00266(request: Request, referer: str = Header("")):
    param = referer
    bar = Normalizer("loose")(param)
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}
