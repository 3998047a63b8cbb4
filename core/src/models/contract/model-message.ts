/** One turn of the conversation. The system prompt travels apart, in `ModelRequest.system`. */
export interface ModelMessage {
  role: "user" | "assistant";
  content: string;
}
