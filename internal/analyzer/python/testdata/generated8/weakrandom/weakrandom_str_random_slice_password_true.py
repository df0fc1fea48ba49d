# generated case (gen8): category=weakrandom rule=PY-WEAK-RANDOM fw=django shape=str_random_slice_password expected=true
import random
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_str_random_slice_password(request):
    param = request.GET.get("q", "")
    temp_password = str(random.random())[2:10]  # want: PY-WEAK-RANDOM
    return JsonResponse({"result": str([param, len(temp_password)])})


urlpatterns = [
    path("weakrandom_str_random_slice_password/", case_str_random_slice_password),
]
