# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=resub_negclass_compiled sink=v0 expected=false
import re

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


NOT_ALNUM = re.compile(r"[^A-Za-z0-9_]")


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    bar = NOT_ALNUM.sub("", param)
    return RedirectResponse(bar)
