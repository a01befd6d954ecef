"""What Casey herself writes (outbound)."""

INTEREST = {
    "en": ["Thanks for reaching out - yes, I'd be happy to have a chat. I'm free {avail}.",
           "Thanks for getting in touch. The role sounds interesting; could you share the job description and the salary range before we speak?",
           "Happy to talk! Most afternoons next week work for me (UK time).",
           "Appreciate you thinking of me. I'm not actively looking, but I'd be open to a conversation about this one.",
           "Good timing, actually. Let's talk - does {avail} work?",
           "Sounds interesting, happy to hear more. My number is +44 7700 900412 if a call is easier than video.",
           "Thanks for the note. I'm based in London at the moment - is the role open to remote or to someone relocating?",
           "Yes, I'd like to hear more. I'm around {avail}.",
           "This sounds like a really interesting brief. I'd be glad to chat - {avail} is best for me."],
    "friend": ["yes please!! send me the link and I'll apply tonight", "omg yes. who's the hiring manager? would love a referral x",
               "Ah that's so kind of you to think of me. Yes, please put me forward - CV attached!",
               "go on then :) thank you!! CV attached", "Would love that, thank you. Anything I should know about the team before I apply?"],
    "es": ["¡Gracias por escribirme! Sí, me encantaría conversar. Estoy disponible {avail_es}.",
           "Hola, gracias por el contacto. Me interesa; ¿me puedes compartir la descripción del puesto y la banda salarial?",
           "Gracias por pensar en mí. Hablemos, ¿te viene bien {avail_es}?"],
    "pt": ["Obrigada pelo contato! Sim, tenho interesse em conversar. Estou disponível {avail_pt}.",
           "Olá, obrigada pela mensagem. Pode partilhar a descrição da função e a faixa salarial?",
           "Que bom, obrigada por se lembrar de mim. Podemos falar {avail_pt}?"],
}
AVAIL = ["Tuesday after 2pm or Wednesday morning", "Thursday or Friday afternoon", "any time after 4pm UK next week",
         "Monday lunchtime", "most mornings before 10", "Wednesday between 1 and 5"]
AVAIL_ES = ["el martes por la tarde", "el jueves a partir de las 15:00 (hora de Londres)", "cualquier mañana de la semana que viene"]
AVAIL_PT = ["na terça à tarde", "quinta a partir das 14h (hora de Londres)", "qualquer manhã da próxima semana"]

DECLINE = {
    "en": ["Thanks for thinking of me, but I'm happy where I am for now. Do keep in touch, though.",
           "Appreciate the note - it's not quite the right fit for me, but good luck with the search.",
           "Thanks, I'll pass on this one. Please keep me in mind for {kind} roles in future.",
           "Kind of you to reach out. I've just started a new process elsewhere so I'm going to say no for now.",
           "Not for me at the moment, but thank you - and good luck filling it."],
    "es": ["Muchas gracias por pensar en mí, pero por ahora no estoy buscando cambio. ¡Seguimos en contacto!"],
    "pt": ["Muito obrigada pelo contato, mas neste momento não estou à procura. Vamos mantendo contacto!"],
}
ACCEPT_SLOT = {
    "en": ["{slot} works perfectly, thank you!", "Great - {slot} is good for me. See you then.", "Thanks, I've accepted the invite.",
           "perfect, thanks!", "That works. Looking forward to meeting {hm_first}.", "I'll take {slot}, thank you.",
           "Thanks for sorting this. {slot} is fine.", "Confirmed - speak then!"],
    "es": ["Perfecto, {slot} me viene bien. ¡Gracias!", "Genial, confirmado. Nos vemos entonces.", "Me va bien, gracias por organizarlo."],
    "pt": ["Perfeito, {slot} funciona para mim. Obrigada!", "Ótimo, confirmado.", "Combinado, obrigada por organizar."],
}
SEND_DOCS = {
    "en": ["Please find my referees below:\n\n1. {ref1} - former line manager, Fernhill Health - {ref1_email}\n2. {ref2} - peer, Fernhill Health - {ref2_email}\n\nBoth know to expect a call.",
           "Attached are the documents you asked for. Let me know if anything else is needed.",
           "Here you go - passport scan and proof of address attached. My registration number is in the covering note.",
           "Referee details attached. {ref1} is happy to speak any time this week."],
    "es": ["Te adjunto la documentación solicitada. Cualquier otra cosa, me dices.",
           "Estas son mis referencias:\n\n1. {ref1} - {ref1_email}\n2. {ref2} - {ref2_email}"],
    "pt": ["Segue em anexo a documentação solicitada. Qualquer coisa, é só dizer.",
           "As minhas referências:\n\n1. {ref1} - {ref1_email}\n2. {ref2} - {ref2_email}"],
}
ACCEPT_OFFER = {
    "en": ["I'm delighted to accept the offer. Thank you to you and the whole team - I can't wait to get started.",
           "Signed and returned! Really looking forward to joining.", "Thank you so much. I'm very happy to accept - signed copy attached.",
           "Just confirming I accept the offer as set out in the letter. Could you let me know next steps for onboarding?"],
    "es": ["¡Acepto encantada la oferta! Muchas gracias a ti y al equipo.", "Te confirmo que acepto la propuesta. Te envío el documento firmado."],
    "pt": ["Aceito com muito gosto a proposta! Obrigada a você e à equipe.", "Confirmo que aceito a proposta. Segue o documento assinado."],
}
NEGOTIATE = {
    "en": ["Thank you so much for the offer - I'm really excited. Before I sign, would there be any flexibility on the base? I was hoping for something closer to {ask}.",
           "Thanks for walking me through the offer. I have another process at a similar stage; is there any room on the salary or a sign-on bonus?",
           "Really pleased to receive this. Could we talk about the start date and the hybrid pattern? I'd also like to discuss the base a little."],
    "es": ["Muchas gracias por la oferta. Antes de firmar, ¿habría margen para revisar el salario base?"],
    "pt": ["Muito obrigada pela proposta. Antes de assinar, haveria alguma flexibilidade no salário base?"],
}
WITHDRAW = {
    "en": ["I wanted to let you know that I've accepted another offer, so I'd like to withdraw from the process. Thank you for your time - I really enjoyed meeting the team.",
           "Thanks for everything so far. After a lot of thought I've decided to withdraw my application; the timing isn't right for me.",
           "Sorry to do this by email - I've decided to take another role and will withdraw from the {role} process. Thank you all."],
    "es": ["Quería avisarte de que he aceptado otra oferta, así que prefiero retirarme del proceso. ¡Muchas gracias por todo!"],
    "pt": ["Queria avisar que aceitei outra proposta e por isso vou retirar a minha candidatura. Muito obrigada por tudo!"],
}
TY_SUBJ = ["Thank you", "Thank you!", "Thanks for today", "Great to meet you", "Thank you - {name}, {role} interview",
           "Following up on today's conversation", "Thanks, {first}", "Today's conversation", "Thank you for your time",
           "Lovely to meet you", "{role} interview - thank you"]
TY_SUBJ_ES = ["Gracias", "¡Gracias por hoy!", "Gracias por la entrevista", "Entrevista {role} - gracias"]
TY_SUBJ_PT = ["Obrigada", "Obrigada pela conversa!", "Obrigada pela entrevista", "Entrevista {role} - obrigada"]
FU_SUBJ = ["Following up - {role} application", "Checking in on my application", "{role} - quick follow-up", "Checking in",
           "Application for {role}", "Following up"]
