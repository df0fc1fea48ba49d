# generated case: rule=PY-OPEN-REDIRECT source=fapath propagation=percent_dict_unused sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect/{p}")
def handle_redirect(p: str):
    param = p
    bar = "%(a)s" % {"a": "safe", "b": param}
    return RedirectResponse(bar)
