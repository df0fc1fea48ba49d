# generated case (gen9): category=cmdi rule=PY-CMDI fw=fastapi shape=translate_strip_spaces expected=true
import os
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/cmdi_translate_strip_spaces", methods=["GET", "POST"])
def case_translate_strip_spaces(request: Request, x_q: str = Header("")):
    param = x_q
    target = param.translate(str.maketrans("", "", " \t"))
    rc = os.system("nslookup " + target)  # want: PY-CMDI
    return {"result": str(rc)}
