# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=cookie shape=slice_const_safe (helper class) sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        vals = ["a", "b", param, "c"]
        window = vals[:2]
        bar = "-".join(window)
        return bar


def case_00039(request):
    param = request.COOKIES.get("q", "none")
    bar = Test().do_something(request, param)
    request.session["display_name"] = bar
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00039/", case_00039),
]
