# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=queryparams shape=deque_maxlen_keep sink=v2 expected=true
import collections

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00052")
async def case_00052(request: Request):
    param = request.query_params.get("q", "")
    recent = collections.deque(["a", param], maxlen=2)
    bar = recent[1]
    result = eval(bar)  # want: PY-CODE-INJECTION
    return {"result": str(result)}
