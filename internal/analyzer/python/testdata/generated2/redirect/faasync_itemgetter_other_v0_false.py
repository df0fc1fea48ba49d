# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=itemgetter_other sink=v0 expected=false
import operator

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    bar = operator.itemgetter("q")({"p": param, "q": "safe"})
    return RedirectResponse(bar)
