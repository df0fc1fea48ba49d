# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=django source=get shape=pickle_fromhex sink=specific expected=true
import pickle

from django.http import JsonResponse
from django.urls import path


def case_00287(request):
    param = request.GET.get("q", "")
    bar = param
    obj = pickle.loads(bytes.fromhex(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00287/", case_00287),
]
