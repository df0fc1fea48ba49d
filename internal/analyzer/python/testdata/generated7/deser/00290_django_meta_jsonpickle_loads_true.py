# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=django source=meta shape=jsonpickle_loads sink=specific expected=true
import jsonpickle

from django.http import JsonResponse
from django.urls import path


def case_00290(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = param
    obj = jsonpickle.loads(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00290/", case_00290),
]
