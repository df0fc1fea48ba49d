# generated case (gen9): category=cmdi rule=PY-CMDI fw=fastapi shape=const_dict_flag_dead expected=false
import os
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

MODE = {"debug": False}


@app.api_route("/cmdi_const_dict_flag_dead", methods=["GET", "POST"])
def case_const_dict_flag_dead(request: Request, q: str = Query("")):
    param = q
    rc = 0
    if MODE["debug"]:
        rc = os.system("echo " + param)
    return {"result": str(rc)}
