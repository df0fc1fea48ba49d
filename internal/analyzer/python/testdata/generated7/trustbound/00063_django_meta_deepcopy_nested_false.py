# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=meta shape=deepcopy_nested (helper class) sink=v1 expected=false
import copy

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        cfg = {"inner": {"q": "safe"}}
        clone = copy.deepcopy(cfg)
        clone["inner"]["q"] = param
        bar = cfg["inner"]["q"]
        return bar


def case_00063(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = Test().do_something(request, param)
    request.session["display_name"] = bar
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00063/", case_00063),
]
