# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=pathparam propagation=if_fold_str_safe sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00575(request, test_id):
    param = test_id
    if "abc".upper() == "ABC":
        bar = "This_should_always_happen"
    else:
        bar = param
    request.session["userid"] = bar
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00575/<str:test_id>/", benchmark_test_00575),
]
