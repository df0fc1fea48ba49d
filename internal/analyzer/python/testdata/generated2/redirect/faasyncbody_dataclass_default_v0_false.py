# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncbody propagation=dataclass_default sink=v0 expected=false
from dataclasses import dataclass
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@dataclass
class Query:
    term: str
    other: str = "safe"


@app.post("/redirect")
async def handle_redirect(request: Request):
    payload = await request.json()
    param = payload["p"]
    q = Query(term=param)
    bar = q.other
    return RedirectResponse(bar)
