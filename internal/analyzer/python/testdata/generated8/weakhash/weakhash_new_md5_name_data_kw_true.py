# generated case (gen8): category=weakhash rule=PY-WEAK-HASH fw=fastapi shape=new_md5_name_data_kw expected=true
import hashlib
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/weakhash_new_md5_name_data_kw", methods=["GET", "POST"])
def case_new_md5_name_data_kw(request: Request, q: str = Query("")):
    param = q
    digest = hashlib.new(name="md5", data=param.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return {"result": str(digest)}
