# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=queryparams shape=tuple_second sink=v2 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


def split_pair(value):
    return "static", value


@app.get("/case-00172")
async def case_00172(request: Request):
    param = request.query_params.get("q", "")
    label, bar = split_pair(param)
    result = eval(bar)  # want: PY-CODE-INJECTION
    return {"result": str(result)}
