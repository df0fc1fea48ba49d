# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=django source=meta shape=format_kw_used (helper class) sink=v1 expected=true
import yaml

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = "{b}".format(a="safe", b=param)
        return bar


def case_00110(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = Test().do_something(request, param)
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00110/", case_00110),
]
