# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=meta shape=kwonly_on (helper class) sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path


def choose(*, value, use_value=False):
    return value if use_value else "default"


class Test:
    def do_something(self, request, param):
        bar = choose(value=param, use_value=True)
        return bar


def case_00183(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = Test().do_something(request, param)
    request.session["display_name"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00183/", case_00183),
]
