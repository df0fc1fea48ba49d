# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=header shape=rsplit_max_first (helper class) sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        parts = (param + "/default").rsplit("/", 1)
        bar = parts[0]
        return bar


def case_00087(request):
    param = request.headers.get("X-Query", "")
    bar = Test().do_something(request, param)
    request.session["display_name"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00087/", case_00087),
]
