# generated case (gen9): category=weakrandom rule=PY-WEAK-RANDOM fw=django shape=sha256_of_random expected=true
import hashlib
import random
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_sha256_of_random(request):
    param = request.GET.get("q", "")
    token = hashlib.sha256(str(random.random()).encode()).hexdigest()  # want: PY-WEAK-RANDOM
    request.session["reset_token"] = token
    return JsonResponse({"result": str(param)})


urlpatterns = [
    path("weakrandom_sha256_of_random/", case_sha256_of_random),
]
