# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=django source=cookie shape=cfg_dict_overridden sink=specific expected=false
import hashlib

from django.http import JsonResponse
from django.urls import path


def case_00374(request):
    param = request.COOKIES.get("q", "none")
    bar = param
    cfg = {"algo": "md5"}
    cfg["algo"] = "sha256"
    result = hashlib.new(cfg["algo"], bar.encode("utf-8")).hexdigest()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00374/", case_00374),
]
