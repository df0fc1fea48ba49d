# generated case (gen9): category=weakrandom rule=PY-WEAK-RANDOM fw=django shape=shuffle_quiz_order expected=false
import random
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

QUESTIONS = ("q1", "q2", "q3", "q4")


def case_shuffle_quiz_order(request):
    param = request.GET.get("q", "")
    questions = list(QUESTIONS)
    random.shuffle(questions)
    return JsonResponse({"result": str([param, questions])})


urlpatterns = [
    path("weakrandom_shuffle_quiz_order/", case_shuffle_quiz_order),
]
