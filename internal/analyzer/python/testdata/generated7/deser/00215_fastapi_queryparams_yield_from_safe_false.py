# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=fastapi source=queryparams shape=yield_from_safe sink=v2 expected=false
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


def gen_values(value):
    yield "safe"
    yield from [value]


@app.get("/case-00215")
def case_00215(request: Request):
    param = request.query_params.get("q", "")
    bar = list(gen_values(param))[0]
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return {"result": str(result)}
