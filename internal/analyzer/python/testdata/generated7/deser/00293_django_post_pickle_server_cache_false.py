# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=django source=post shape=pickle_server_cache sink=specific expected=false
import pickle

from django.http import JsonResponse
from django.urls import path

PRECOMPUTED = {"default": pickle.dumps({"items": []}), "demo": pickle.dumps({"items": [1, 2]})}


def case_00293(request):
    param = request.POST.get("q", "")
    bar = param
    obj = pickle.loads(PRECOMPUTED.get(bar, PRECOMPUTED["default"]))
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00293/", case_00293),
]
