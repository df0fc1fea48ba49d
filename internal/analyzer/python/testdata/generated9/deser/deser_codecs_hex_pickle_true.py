# generated case (gen9): category=deser rule=PY-DESERIALIZATION fw=fastapi shape=codecs_hex_pickle expected=true
import codecs
import pickle
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/deser_codecs_hex_pickle", methods=["GET", "POST"])
def case_codecs_hex_pickle(request: Request, q: str = Cookie("")):
    param = q
    obj = pickle.loads(codecs.decode(param, "hex"))  # want: PY-DESERIALIZATION
    return {"result": str(type(obj).__name__)}
