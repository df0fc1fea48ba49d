# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=defaultdict_used sink=v0 expected=true
import collections

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    d = collections.defaultdict(str)
    d["p"] = param
    bar = d["p"]
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
